namespace Triangulate.Storage;

/// <summary>
/// Which merged claims to list: figures of at least <paramref name="Minimum"/> (vague ones count as 0), words in the
/// claim or its sentences, claims given in one story or by one outlet, about a day within a window, and the page (from 1).
/// </summary>
public sealed record ClaimQuery(
    double Minimum = double.MinValue, string? Text = null, string? Story = null, string? Outlet = null, DateOnly? From = null, DateOnly? To = null,
    int Page = 1, int Size = 50);
