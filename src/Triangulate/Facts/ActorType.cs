namespace Triangulate.Facts;

public enum ActorType
{
    /// <summary>Capitalised and named, but nothing in the text says what kind of actor it is.</summary>
    Unknown,
    Person,
    Organisation,
    ArmedGroup,
    Place,
    /// <summary>A state speaking as a state: "the Islamic Republic", "the Kremlin", "the White House".</summary>
    GovernmentBody,
}
