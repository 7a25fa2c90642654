namespace Triangulate.Reports;

public sealed record ReportEvent(
    string Id,
    string Type,
    IReadOnlyList<string> Participants,
    string? Place,
    ReportEventTime? Time,
    IReadOnlyList<string> Sources,
    IReadOnlyList<string> Articles,
    int IndependentOrigins);

public sealed record ReportEventTime(string? Start, string? End, string Text);
