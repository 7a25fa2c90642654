using Triangulate.Evaluation;

namespace Triangulate.Benchmarks;

/// <summary>Finds ../shared (evaluation sets and corpora) by walking up from the benchmark's folder.</summary>
internal static class SharedData
{
    public static string Folder(string relative)
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "shared", relative);
            if (Directory.Exists(candidate))
                return candidate;
        }
        throw new DirectoryNotFoundException($"shared/{relative} was not found above {AppContext.BaseDirectory}; these benchmarks read ../shared beside the repository");
    }
}
