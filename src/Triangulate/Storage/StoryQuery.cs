namespace Triangulate.Storage;

/// <summary>Which stories to list: words in the title, a time window, an outlet, an event type they hold, and the page (from 1).</summary>
public sealed record StoryQuery(string? Text = null, DateTimeOffset? From = null, DateTimeOffset? To = null, string? Outlet = null, int Page = 1, int Size = 50, string? EventType = null);
