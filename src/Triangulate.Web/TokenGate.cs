using System.Security.Cryptography;
using System.Text;

namespace Triangulate.Web;

/// <summary>
/// When a token is set (serving beyond loopback), every request must carry it: an <c>Authorization: Bearer</c>
/// header, or the cookie set by opening any page once with <c>?token=</c>. Without a token nothing is asked.
/// </summary>
internal sealed class TokenGate(RequestDelegate next, IConfiguration configuration)
{
    public const string CookieName = "triangulate_token";
    private readonly byte[]? _token = configuration[WebServer.TokenKey] is { Length: > 0 } token ? Encoding.UTF8.GetBytes(token) : null;

    public async Task InvokeAsync(HttpContext context)
    {
        if (_token is null)
        {
            await next(context);
            return;
        }
        var request = context.Request;
        var bearer = request.Headers.Authorization.ToString() is var header && header.StartsWith("Bearer ", StringComparison.Ordinal) ? header[7..] : null;
        if (Matches(bearer) || Matches(request.Cookies[CookieName]))
        {
            await next(context);
            return;
        }
        if (HttpMethods.IsGet(request.Method) && Matches(request.Query["token"].ToString()))
        {
            context.Response.Cookies.Append(CookieName, request.Query["token"].ToString(),
                new CookieOptions { HttpOnly = true, SameSite = SameSiteMode.Strict, Secure = request.IsHttps, Path = "/" });
            var rest = request.Query.Where(q => q.Key != "token").Select(q => $"{Uri.EscapeDataString(q.Key)}={Uri.EscapeDataString(q.Value.ToString())}");
            var query = string.Join('&', rest);
            context.Response.Redirect(request.PathBase + request.Path + (query.Length > 0 ? "?" + query : ""));
            return;
        }
        context.Response.StatusCode = StatusCodes.Status401Unauthorized;
        context.Response.Headers.WWWAuthenticate = "Bearer";
        await context.Response.WriteAsync("This Triangulate server needs its token: open it once with ?token=… or send Authorization: Bearer ….");
    }

    private bool Matches(string? given) =>
        given is { Length: > 0 } && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(given), _token);
}
