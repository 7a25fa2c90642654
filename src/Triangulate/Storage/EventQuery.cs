namespace Triangulate.Storage;

/// <summary>
/// Which events to list: of one story, of one type ("meet"), with one actor (an actor id or any of its names), of one
/// article, dated within a window (an event overlapping it), and the page (from 1).
/// </summary>
public sealed record EventQuery(
    string? Story = null, string? Type = null, string? Actor = null, DateOnly? From = null, DateOnly? To = null, string? Article = null, int Page = 1, int Size = 50);
