using Triangulate.Text;

namespace Triangulate.Events;

/// <summary>When an event took place: the resolved time expression and the days it covers.</summary>
/// <param name="Value">The TimeML value: "2024-03-15", "2024-W10", "2024-01".</param>
/// <param name="Precision">day, week, month, quarter or year.</param>
/// <param name="Reported">True when the sentence dates only its report ("sources said on Friday"): the event took place on or before it.</param>
public sealed record EventTime(string Value, DateOnly? Start, DateOnly? End, string Precision, bool Reported, Evidence Evidence);
