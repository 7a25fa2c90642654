namespace Triangulate.Reports;

/// <summary>A publication time: ISO 8601 value cut to its precision (minute, day, month, year).</summary>
public sealed record ReportPublished(string Value, string Precision, bool Inferred, string Evidence);
