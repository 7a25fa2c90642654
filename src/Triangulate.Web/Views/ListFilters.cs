using System.Globalization;
using Triangulate.Storage;

namespace Triangulate.Web.Views;

/// <summary>
/// The filters and paging every list takes from its query string: <c>q</c> (words), <c>from</c> and <c>to</c> (ISO
/// 8601 dates; a bare <c>to</c> day includes that whole day), <c>outlet</c>, <c>actor</c> (id or name), <c>type</c>
/// (an event type), <c>page</c> from 1 and <c>size</c>.
/// </summary>
public sealed record ListFilters(string? Q, DateTimeOffset? From, DateTimeOffset? To, string? Outlet, string? Actor, string? Type, int Page = 1, int Size = ListFilters.DefaultSize)
{
    public const int DefaultSize = 50;
    public const int MaxSize = 200;

    public static readonly ListFilters None = new(null, null, null, null, null, null);

    /// <summary>The filters of a query string, or why they are not valid.</summary>
    public static (ListFilters? Filters, string? Problem) Parse(ListQuery query)
    {
        static string? Text(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
        if (!Date(Text(query.From), endOfDay: false, out var from))
            return (null, $"from={Text(query.From)} is not an ISO 8601 date");
        if (!Date(Text(query.To), endOfDay: true, out var to))
            return (null, $"to={Text(query.To)} is not an ISO 8601 date");
        if (!Number(Text(query.Page), 1, out var page) || page < 1)
            return (null, "page counts from 1");
        if (!Number(Text(query.Size), DefaultSize, out var size) || size is < 1 or > MaxSize)
            return (null, $"size is between 1 and {MaxSize}");
        return (new ListFilters(Text(query.Q), from, to, Text(query.Outlet), Text(query.Actor), Text(query.Type)?.ToLowerInvariant(), page, size), null);
    }

    /// <summary>The events these filters ask for (of one story when given).</summary>
    public EventQuery Events(string? story = null) => new(story, Type, Actor, From is { } from ? DateOnly.FromDateTime(from.UtcDateTime) : null,
        To is { } to ? DateOnly.FromDateTime(to.UtcDateTime) : null, null, Page, Size);

    /// <summary>The query string of these filters on another page (for links): every value URL-encoded.</summary>
    public string QueryFor(int page)
    {
        var pairs = new List<string>();
        void Add(string name, string? value)
        {
            if (!string.IsNullOrEmpty(value))
                pairs.Add(name + "=" + Uri.EscapeDataString(value));
        }
        Add("q", Q);
        Add("from", From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Add("to", To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Add("outlet", Outlet);
        Add("actor", Actor);
        Add("type", Type);
        if (page != 1)
            Add("page", page.ToString(CultureInfo.InvariantCulture));
        if (Size != DefaultSize)
            Add("size", Size.ToString(CultureInfo.InvariantCulture));
        return pairs.Count == 0 ? "" : "?" + string.Join('&', pairs);
    }

    private static bool Number(string? text, int fallback, out int value)
    {
        value = fallback;
        return text is null || int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value);
    }

    private static bool Date(string? text, bool endOfDay, out DateTimeOffset? value)
    {
        value = null;
        if (text is null)
            return true;
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            var start = new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            value = endOfDay ? start.AddDays(1).AddTicks(-1) : start;
            return true;
        }
        if (!DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var time))
            return false;
        value = time;
        return true;
    }
}
