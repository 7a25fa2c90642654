using System.Security.Cryptography;

namespace Triangulate.Web;

/// <summary>The pages' one stylesheet, one script and icon, served from embedded resources (no request path reaches the disk).</summary>
internal static class Assets
{
    public const string StylePath = "/assets/app.css";
    public const string ScriptPath = "/assets/app.js";
    public const string IconPath = "/assets/icon.svg";

    public static void Map(IEndpointRouteBuilder app)
    {
        Serve(app, StylePath, "Triangulate.Web.app.css", "text/css; charset=utf-8");
        Serve(app, ScriptPath, "Triangulate.Web.app.js", "text/javascript; charset=utf-8");
        Serve(app, IconPath, "Triangulate.Web.icon.svg", "image/svg+xml");
    }

    private static void Serve(IEndpointRouteBuilder app, string path, string resource, string contentType)
    {
        using var stream = typeof(Assets).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"the resource {resource} is missing from the build");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        var bytes = copy.ToArray();
        var etag = "\"" + Convert.ToHexStringLower(SHA256.HashData(bytes))[..16] + "\"";
        app.MapGet(path, (HttpContext context) =>
        {
            context.Response.Headers.ETag = etag;
            context.Response.Headers.CacheControl = "no-cache";
            return context.Request.Headers.IfNoneMatch == etag ? Results.StatusCode(StatusCodes.Status304NotModified) : Results.Bytes(bytes, contentType);
        }).ExcludeFromDescription();
    }
}
