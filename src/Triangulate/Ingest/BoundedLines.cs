using System.Text;

namespace Triangulate.Ingest;

/// <summary>
/// Lines of a reader with a cap on their length: a longer line is skipped as it streams past (null in its place),
/// never held whole, so a single 2 GB line costs no more memory than the cap.
/// </summary>
internal static class BoundedLines
{
    public static IEnumerable<string?> Read(TextReader reader, long maxChars)
    {
        var buffer = new char[64 * 1024];
        var line = new StringBuilder();
        var tooLong = false;
        int read;
        while ((read = reader.Read(buffer, 0, buffer.Length)) > 0)
        {
            var start = 0;
            while (start < read)
            {
                var end = Array.IndexOf(buffer, '\n', start, read - start);
                var stop = end < 0 ? read : end;
                if (!tooLong)
                {
                    line.Append(buffer, start, stop - start);
                    if (line.Length > maxChars)
                    {
                        tooLong = true;
                        line.Clear();
                    }
                }
                if (end < 0)
                    break;
                yield return tooLong ? null : Trimmed(line);
                line.Clear();
                tooLong = false;
                start = end + 1;
            }
        }
        if (tooLong)
            yield return null;
        else if (line.Length > 0)
            yield return Trimmed(line);
    }

    private static string Trimmed(StringBuilder line) =>
        line.Length > 0 && line[^1] == '\r' ? line.ToString(0, line.Length - 1) : line.ToString();

    /// <summary>The whole text of a reader, or null when it holds more than <paramref name="maxChars"/> characters.</summary>
    public static string? ReadAll(TextReader reader, long maxChars)
    {
        var text = new StringBuilder();
        var buffer = new char[64 * 1024];
        int read;
        while ((read = reader.Read(buffer, 0, buffer.Length)) > 0)
        {
            if (text.Length + read > maxChars)
                return null;
            text.Append(buffer, 0, read);
        }
        return text.ToString();
    }
}
