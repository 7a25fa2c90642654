namespace Triangulate.Ingest;

/// <summary>
/// Forward reading of a stream through a bounded buffer: find a marker, take bytes up to a terminator, take or skip
/// a counted block. However large the stream, memory holds one buffer and the block asked for.
/// </summary>
internal sealed class StreamScanner(Stream stream)
{
    private byte[] _buffer = new byte[64 * 1024];
    private int _start;
    private int _end;
    private long _consumed;

    /// <summary>Offset in the stream of the next unread byte.</summary>
    public long Position => _consumed + _start;

    /// <summary>Moves to the next occurrence of <paramref name="marker"/> (not consuming it); false at the end.</summary>
    public bool SkipTo(ReadOnlySpan<byte> marker)
    {
        while (true)
        {
            var at = _buffer.AsSpan(_start, _end - _start).IndexOf(marker);
            if (at >= 0)
            {
                _start += at;
                return true;
            }
            _start = Math.Max(_start, _end - marker.Length + 1);
            if (!Fill(marker.Length))
                return false;
        }
    }

    /// <summary>The bytes before <paramref name="terminator"/>, consuming both; null when it is not within <paramref name="max"/> bytes.</summary>
    public byte[]? TakeUntil(ReadOnlySpan<byte> terminator, int max)
    {
        while (true)
        {
            var at = _buffer.AsSpan(_start, _end - _start).IndexOf(terminator);
            if (at >= 0)
            {
                var bytes = _buffer.AsSpan(_start, at).ToArray();
                _start += at + terminator.Length;
                return bytes;
            }
            if (_end - _start > max || !Fill(_end - _start + 1))
                return null;
        }
    }

    /// <summary>The next <paramref name="count"/> bytes, or fewer at the end of the stream.</summary>
    public byte[] Take(int count)
    {
        var block = new byte[count];
        var have = Math.Min(count, _end - _start);
        _buffer.AsSpan(_start, have).CopyTo(block);
        _start += have;
        var read = have + stream.ReadAtLeast(block.AsSpan(have), count - have, throwOnEndOfStream: false);
        _consumed += read - have;
        return read == count ? block : block[..read];
    }

    /// <summary>Passes over <paramref name="count"/> bytes without keeping them.</summary>
    public void Skip(long count)
    {
        var have = (int)Math.Min(count, _end - _start);
        _start += have;
        count -= have;
        var scratch = new byte[Math.Min(count, 64 * 1024)];
        while (count > 0)
        {
            var read = stream.Read(scratch, 0, (int)Math.Min(count, scratch.Length));
            if (read == 0)
                return;
            _consumed += read;
            count -= read;
        }
    }

    /// <summary>Reads more, keeping the unread bytes, so that at least <paramref name="wanted"/> are buffered; false at the end.</summary>
    private bool Fill(int wanted)
    {
        if (_start > 0)
        {
            _buffer.AsSpan(_start, _end - _start).CopyTo(_buffer);
            _consumed += _start;
            _end -= _start;
            _start = 0;
        }
        if (wanted > _buffer.Length)
            Array.Resize(ref _buffer, Math.Max(wanted, _buffer.Length * 2));
        var read = stream.Read(_buffer, _end, _buffer.Length - _end);
        _end += read;
        return read > 0;
    }
}
