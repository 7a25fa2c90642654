namespace Triangulate.Events;

/// <summary>
/// A kind of event Triangulate reads from sentences, with its codes in the schemes others use: the CAMEO root code
/// (GDELT's event codes), the ACLED sub-event type of the CASE 2021 task where one fits, and the KAIROS type of the
/// WikiEvents annotation (its first two levels).
/// </summary>
/// <param name="Name">Triangulate's own name: "meet", "attack", "arrest".</param>
/// <param name="Cameo">The CAMEO root code ("04" consult, "19" fight); null for crime, which CAMEO does not code.</param>
/// <param name="Acled">The CASE 2021 label (ACLED sub-event type, or DIPLO, ORG_CRIME); null when none fits.</param>
/// <param name="Kairos">The KAIROS type, "Contact.Contact", "Conflict.Attack.DetonateExplode".</param>
public sealed record EventType(string Name, string? Cameo, string? CameoName, string? Acled, string Kairos)
{
    public override string ToString() => Name;
}
