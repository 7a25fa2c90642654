using System.Text;
using System.Text.RegularExpressions;
using Triangulate.Text;

namespace Triangulate.Ingest;

/// <summary>
/// Bytes to text: a byte-order mark wins, then UTF-16 recognised by its zero bytes, then a charset the container
/// declared (HTTP Content-Type), then an HTML meta charset or XML encoding declaration in the first 4 KB, then strict
/// UTF-8, and when that fails Windows-1252 (which also reads ISO-8859-1 text correctly).
/// </summary>
public static partial class TextDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Windows-1252; reading it registers the code-page encodings (.NET ships only Unicode ones by default).</summary>
    public static Encoding Windows1252 { get; } = RegisterCodePages();

    private static Encoding RegisterCodePages()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1252);
    }

    public static string Decode(ReadOnlySpan<byte> bytes, string? declaredCharset = null)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
            return Encoding.UTF8.GetString(bytes[3..]);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
            return Encoding.Unicode.GetString(bytes[2..]);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
            return Encoding.BigEndianUnicode.GetString(bytes[2..]);
        if (Utf16WithoutMark(bytes) is { } utf16)
            return utf16.GetString(bytes);

        var encoding = EncodingNamed(declaredCharset) ?? EncodingNamed(DeclaredInContent(bytes));
        if (encoding is not null && encoding.CodePage != Encoding.UTF8.CodePage)
            return encoding.GetString(bytes);
        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return Windows1252.GetString(bytes);
        }
    }

    /// <summary>True when the bytes look like text: no NUL bytes and few control characters.</summary>
    public static bool LooksLikeText(ReadOnlySpan<byte> sample)
    {
        if (sample.Length == 0)
            return true;
        if (Utf16WithoutMark(sample) is not null || sample.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || sample.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
            return true;
        var control = 0;
        foreach (var b in sample)
        {
            if (b == 0)
                return false;
            if (b < 0x20 && b is not ((byte)'\n' or (byte)'\r' or (byte)'\t' or 0x0C))
                control++;
        }
        return control * 20 < sample.Length;
    }

    /// <summary>UTF-16 text without a mark has a zero byte in every other position of its ASCII characters.</summary>
    private static Encoding? Utf16WithoutMark(ReadOnlySpan<byte> bytes)
    {
        var sample = bytes[..(Math.Min(bytes.Length, 512) & ~1)];
        if (sample.Length < 4)
            return null;
        int evenZeros = 0, oddZeros = 0;
        for (var i = 0; i < sample.Length; i += 2)
        {
            evenZeros += sample[i] == 0 ? 1 : 0;
            oddZeros += sample[i + 1] == 0 ? 1 : 0;
        }
        var pairs = sample.Length / 2;
        if (oddZeros > pairs * 0.6 && evenZeros < pairs * 0.1)
            return Encoding.Unicode;
        if (evenZeros > pairs * 0.6 && oddZeros < pairs * 0.1)
            return Encoding.BigEndianUnicode;
        return null;
    }

    private static string? DeclaredInContent(ReadOnlySpan<byte> bytes)
    {
        var head = Encoding.ASCII.GetString(bytes[..Math.Min(bytes.Length, 4096)]);
        var match = CharsetDeclaration().Match(head);
        return match.Success ? match.Groups["charset"].Value : null;
    }

    private static Encoding? EncodingNamed(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
            return null;
        try
        {
            // Browsers read "iso-8859-1" and "latin1" as Windows-1252, a superset; so do we.
            var encoding = Encoding.GetEncoding(name.Trim().Trim('"', '\''));
            return encoding.CodePage == 28591 ? Windows1252 : encoding;
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    [GeneratedRegex(@"(?:<meta[^>]{0,200}?charset\s*=\s*[""']?|<\?xml[^>]{0,100}?encoding\s*=\s*[""'])(?<charset>[A-Za-z0-9_\-:.]{2,40})", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: RegexBudget.Milliseconds)]
    private static partial Regex CharsetDeclaration();
}
