namespace Triangulate.Stories;

/// <summary>A sparse vector over numbered keys (see <see cref="DocumentFrequencies.Id"/>): parallel arrays of keys, in
/// ascending order, and values.</summary>
internal readonly record struct SparseVector(int[] Keys, double[] Values)
{
    public static SparseVector Empty { get; } = new([], []);

    public int Count => Keys.Length;
}
