namespace Triangulate.Cli.Terminal;

/// <summary>How many rows a table shows, for its caption: all of them, or the first of how many and where the rest are.</summary>
internal static class RowCount
{
    public static string Of(int shown, string noun, int? total, string? whereTheRestAre) =>
        total is { } all && all > shown
            ? $"{shown:N0} of {all:N0} {noun}" + (whereTheRestAre is null ? "" : $" ({whereTheRestAre})")
            : $"{shown:N0} {noun}";
}
