using System.Net;

namespace Triangulate.Web;

/// <summary>
/// How <c>triangulate serve</c> runs: the store, the address and port to listen on, the token that guards every
/// request when the address reaches beyond this machine, and the largest upload.
/// </summary>
public sealed record ServeSettings(string Db, IPAddress Address, int Port, string? Token = null, long MaxUploadBytes = ServeSettings.DefaultMaxUploadBytes)
{
    public const long DefaultMaxUploadBytes = 32L * 1024 * 1024;

    /// <summary>Why these settings cannot serve, or null when they can.</summary>
    public string? Problem =>
        !IPAddress.IsLoopback(Address) && string.IsNullOrWhiteSpace(Token) ? $"listening on {Address} reaches beyond this machine: give a --token that every request must carry"
        : Port is < 0 or > 65535 ? $"port {Port} is not a TCP port"
        : MaxUploadBytes < 1 ? "the upload limit must be at least one byte"
        : null;
}
