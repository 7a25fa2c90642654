using System.Globalization;
using Triangulate.Reports;

namespace Triangulate.Web.Pages;

/// <summary>How pages write dates, shares and copy kinds.</summary>
internal static class Format
{
    /// <summary>A publication time as stored, cut to its precision; an inferred one keeps its "?".</summary>
    public static string Published(ReportPublished? published) => published is null ? "undated" : published.Value + (published.Inferred ? "?" : "");

    public static string Day(DateTimeOffset? time) => time?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "—";

    public static string Span(DateTimeOffset? first, DateTimeOffset? last) =>
        Day(first) == Day(last) ? Day(first) : $"{Day(first)} – {Day(last)}";

    public static string Share(double? share) => share is { } value ? value.ToString("P0", CultureInfo.InvariantCulture) : "";

    public static string Count(int count, string one, string many) => count.ToString("N0", CultureInfo.InvariantCulture) + " " + (count == 1 ? one : many);
}
