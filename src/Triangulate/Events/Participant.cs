using Triangulate.Facts;
using Triangulate.Text;

namespace Triangulate.Events;

/// <summary>An actor taking part in an event, by the name the sentence uses.</summary>
/// <param name="Role">"actor" (who does it: the subject), "target" (who it is done to, or met with), "participant" (a meeting's sides).</param>
public sealed record Participant(string Name, ActorType Type, string Role, Evidence Evidence);
