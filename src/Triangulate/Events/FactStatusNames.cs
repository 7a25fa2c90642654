namespace Triangulate.Events;

/// <summary>How reports and exports write a fact's status.</summary>
public static class FactStatusNames
{
    public static string Name(this FactStatus status) => status switch
    {
        FactStatus.SingleSource => "single-source",
        FactStatus.Corroborated => "corroborated",
        _ => "contradicted",
    };
}
