using System.Text.Json.Serialization;

namespace Triangulate.Facts;

/// <summary>
/// A candidate cue word's weights in the <see cref="AttributionCueModel"/>: its own, and with the word before it
/// ("he believes") and with the kind of token after it ("called for", "argued that").
/// </summary>
public sealed class CueWordWeights
{
    [JsonInclude] public double Weight { get; internal set; }
    [JsonInclude] public Dictionary<string, double> Previous { get; private set; } = [];
    [JsonInclude] public Dictionary<string, double> Next { get; private set; } = [];
}
