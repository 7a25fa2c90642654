using Triangulate.Text;

namespace Triangulate.Events;

/// <summary>
/// Who says an event happened: "Palestinian factional sources told AFP" is the source "Palestinian factional sources"
/// via AFP, anonymous.
/// </summary>
/// <param name="Via">The outlet or agency the source spoke to, when the text names one.</param>
public sealed record EventSource(string Name, string? Via, bool Anonymous, Evidence Evidence);
