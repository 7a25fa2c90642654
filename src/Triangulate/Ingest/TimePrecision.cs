namespace Triangulate.Ingest;

public enum TimePrecision
{
    Year,
    Month,
    Day,
    Minute,
}
