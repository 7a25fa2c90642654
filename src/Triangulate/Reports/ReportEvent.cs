using Triangulate.Text;

namespace Triangulate.Reports;

/// <summary>A merged event in the report: what happened, who took part, where and when, who says so, and on how many independent origins.</summary>
public sealed record ReportEvent(
    string Id,
    string Story,
    string Type,
    string? Cameo,
    string? Acled,
    IReadOnlyList<ReportParticipant> Participants,
    ReportPlace? Place,
    ReportEventTime? Time,
    string Modality,
    IReadOnlyList<string> Sources,
    IReadOnlyList<string> Articles,
    int IndependentOrigins,
    string Status,
    IReadOnlyList<Evidence> Evidence);

/// <param name="Actor">The actor id; null when the name is no known actor.</param>
public sealed record ReportParticipant(string? Actor, string Name, string Type, string Role);

public sealed record ReportPlace(string Name, string Country, double? Lat, double? Lon);

/// <param name="Reported">True when the text dates only the report of the event ("sources said on Friday").</param>
public sealed record ReportEventTime(string? Start, string? End, string Precision, string Text, bool Reported);
