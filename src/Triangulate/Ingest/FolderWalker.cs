namespace Triangulate.Ingest;

/// <summary>
/// The files below a folder, in ordinal order of their paths, each real file once: symbolic links are followed,
/// but every folder is entered once by its real path, so a link back up (<c>a/up -> ..</c>, or an absolute one)
/// ends the walk instead of looping, and a file reached by two paths is read under the first. Hidden files and
/// folders are left out.
/// </summary>
internal static class FolderWalker
{
    /// <summary>Most links one path may pass through (as Linux's ELOOP limit).</summary>
    private const int MaxLinkHops = 40;

    public static IEnumerable<string> Files(string folder)
    {
        var folders = new HashSet<string>(StringComparer.Ordinal);
        var files = new List<(string Path, string Real)>();
        var pending = new Stack<string>();
        pending.Push(folder);
        while (pending.TryPop(out var current))
        {
            if (RealPath(current) is not { } real || !folders.Add(real))
                continue;
            string[] entries;
            try
            {
                entries = Directory.GetFileSystemEntries(current);
            }
            catch (Exception error) when (error is IOException or UnauthorizedAccessException)
            {
                continue;
            }
            foreach (var entry in entries)
            {
                if (Path.GetFileName(entry).StartsWith('.'))
                    continue;
                if (Directory.Exists(entry))
                    pending.Push(entry);
                else if (File.Exists(entry) && RealPath(entry) is { } realFile)
                    files.Add((entry, realFile));
            }
        }
        var seen = new HashSet<string>(StringComparer.Ordinal);
        return files.OrderBy(file => file.Path, StringComparer.Ordinal).Where(file => seen.Add(file.Real)).Select(file => file.Path).ToList();
    }

    /// <summary>The path with every symbolic link in it resolved, or null when a link is broken or loops.</summary>
    internal static string? RealPath(string path)
    {
        var full = Path.GetFullPath(path);
        var root = Path.GetPathRoot(full)!;
        var remaining = new Queue<string>(full[root.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries));
        var current = root;
        var hops = 0;
        while (remaining.TryDequeue(out var part))
        {
            var next = Path.Combine(current, part);
            string? target;
            try
            {
                target = new FileInfo(next).LinkTarget;
            }
            catch (Exception error) when (error is IOException or UnauthorizedAccessException)
            {
                return null;
            }
            if (target is null)
            {
                current = next;
                continue;
            }
            if (++hops > MaxLinkHops)
                return null;
            // The folder holding the link is real, so the target resolves against it; its own parts are walked again.
            var resolved = Path.GetFullPath(Path.Combine(current, target));
            remaining = new Queue<string>(resolved[Path.GetPathRoot(resolved)!.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries).Concat(remaining));
            current = Path.GetPathRoot(resolved)!;
        }
        return current;
    }
}
