namespace Triangulate.Reports;

public sealed record ReportActor(string Id, string Name, string Type, IReadOnlyList<string> Aliases);
