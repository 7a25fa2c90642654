using Triangulate.Storage;

namespace Triangulate.Web;

/// <summary>A store that cannot be read (missing, written by a newer Triangulate) answers 503 with the reason, not a stack trace.</summary>
internal sealed class StoreProblems(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context)
    {
        try
        {
            await next(context);
        }
        catch (StoreUnavailableException error) when (!context.Response.HasStarted)
        {
            context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            context.Response.ContentType = "text/plain; charset=utf-8";
            await context.Response.WriteAsync("The store cannot be read: " + error.Message);
        }
    }
}
