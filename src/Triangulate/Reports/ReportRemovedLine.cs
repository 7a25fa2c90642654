namespace Triangulate.Reports;

public sealed record ReportRemovedLine(string Text, string Reason);
