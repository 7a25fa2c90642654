namespace Triangulate.Facts;

/// <summary>
/// A name in a text that refers to an actor: "Hassan Nasrallah", "PFLP", "Yemen's Iran-backed Houthis" (the name is
/// "Houthis"; <paramref name="Descriptor"/> keeps "Yemen's Iran-backed", the label the outlet uses).
/// </summary>
/// <param name="Rule">Why it was typed as it was: "title", "organisation word", "gazetteer", "acronym", ...</param>
public sealed record ActorMention(int Start, int End, string Text, ActorType Type, string Rule, string? Descriptor = null);
