using System.Buffers.Binary;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Text;

namespace Triangulate.Text;

/// <summary>
/// XXH64 (Yann Collet's xxHash, 64-bit variant): a fast, well-known, deterministic hash for ids and MinHash.
/// Written here because System.IO.Hashing is not served by this project's package registry.
/// </summary>
public static class XxHash64
{
    private const ulong Prime1 = 0x9E3779B185EBCA87UL;
    private const ulong Prime2 = 0xC2B2AE3D27D4EB4FUL;
    private const ulong Prime3 = 0x165667B19E3779F9UL;
    private const ulong Prime4 = 0x85EBCA77C2B2AE63UL;
    private const ulong Prime5 = 0x27D4EB2F165667C5UL;

    public static ulong Hash(ReadOnlySpan<byte> data, ulong seed = 0)
    {
        var remaining = data;
        ulong hash;
        if (remaining.Length >= 32)
        {
            ulong v1 = seed + Prime1 + Prime2, v2 = seed + Prime2, v3 = seed, v4 = seed - Prime1;
            while (remaining.Length >= 32)
            {
                v1 = Round(v1, BinaryPrimitives.ReadUInt64LittleEndian(remaining));
                v2 = Round(v2, BinaryPrimitives.ReadUInt64LittleEndian(remaining[8..]));
                v3 = Round(v3, BinaryPrimitives.ReadUInt64LittleEndian(remaining[16..]));
                v4 = Round(v4, BinaryPrimitives.ReadUInt64LittleEndian(remaining[24..]));
                remaining = remaining[32..];
            }
            hash = BitOperations.RotateLeft(v1, 1) + BitOperations.RotateLeft(v2, 7)
                 + BitOperations.RotateLeft(v3, 12) + BitOperations.RotateLeft(v4, 18);
            hash = MergeRound(hash, v1);
            hash = MergeRound(hash, v2);
            hash = MergeRound(hash, v3);
            hash = MergeRound(hash, v4);
        }
        else
        {
            hash = seed + Prime5;
        }

        hash += (ulong)data.Length;
        while (remaining.Length >= 8)
        {
            hash ^= Round(0, BinaryPrimitives.ReadUInt64LittleEndian(remaining));
            hash = BitOperations.RotateLeft(hash, 27) * Prime1 + Prime4;
            remaining = remaining[8..];
        }
        if (remaining.Length >= 4)
        {
            hash ^= BinaryPrimitives.ReadUInt32LittleEndian(remaining) * Prime1;
            hash = BitOperations.RotateLeft(hash, 23) * Prime2 + Prime3;
            remaining = remaining[4..];
        }
        foreach (var b in remaining)
        {
            hash ^= b * Prime5;
            hash = BitOperations.RotateLeft(hash, 11) * Prime1;
        }

        hash ^= hash >> 33;
        hash *= Prime2;
        hash ^= hash >> 29;
        hash *= Prime3;
        hash ^= hash >> 32;
        return hash;
    }

    /// <summary>The hash of a string's UTF-8 bytes.</summary>
    public static ulong Hash(string text, ulong seed = 0)
    {
        var byteCount = Encoding.UTF8.GetMaxByteCount(text.Length);
        if (byteCount <= 1024)
        {
            Span<byte> buffer = stackalloc byte[byteCount];
            var written = Encoding.UTF8.GetBytes(text, buffer);
            return Hash(buffer[..written], seed);
        }
        return Hash(Encoding.UTF8.GetBytes(text), seed);
    }

    /// <summary>The hash as 16 lower-case hex digits.</summary>
    public static string HexHash(string text) => Hash(text).ToString("x16");

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Round(ulong accumulator, ulong lane) =>
        BitOperations.RotateLeft(accumulator + lane * Prime2, 31) * Prime1;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong MergeRound(ulong hash, ulong accumulator) =>
        (hash ^ Round(0, accumulator)) * Prime1 + Prime4;
}
