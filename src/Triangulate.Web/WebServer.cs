using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Triangulate.Web.Api;
using Triangulate.Web.Pages;

namespace Triangulate.Web;

/// <summary>
/// The web app: the JSON API, the pages, their stylesheet and script, and the OpenAPI document, over one store.
/// Settings come from configuration (<see cref="DbKey"/>, <see cref="TokenKey"/>, <see cref="MaxUploadKey"/>), so
/// <c>triangulate serve</c>, <c>dotnet run</c> and the tests' WebApplicationFactory build the same app.
/// </summary>
public static class WebServer
{
    public const string DbKey = "Triangulate:Db";
    public const string TokenKey = "Triangulate:Token";
    public const string MaxUploadKey = "Triangulate:MaxUploadBytes";

    /// <summary>The app <c>triangulate serve</c> runs: Kestrel on the given address and port only, quiet logs.</summary>
    public static WebApplication Create(ServeSettings settings)
    {
        if (settings.Problem is { } problem)
            throw new ArgumentException(problem, nameof(settings));
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = [], ContentRootPath = AppContext.BaseDirectory });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            [DbKey] = settings.Db,
            [TokenKey] = settings.Token,
            [MaxUploadKey] = settings.MaxUploadBytes.ToString(System.Globalization.CultureInfo.InvariantCulture),
            // On loopback, only loopback names: a page from elsewhere cannot rebind its own name to this server.
            ["AllowedHosts"] = System.Net.IPAddress.IsLoopback(settings.Address) ? "localhost;127.0.0.1;[::1]" : "*",
        });
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.Listen(settings.Address, settings.Port);
            kestrel.Limits.MaxRequestBodySize = settings.MaxUploadBytes;
            kestrel.AddServerHeader = false;
        });
        return Build(builder);
    }

    public static WebApplication Build(WebApplicationBuilder builder)
    {
        builder.Services.ConfigureHttpJsonOptions(json =>
        {
            json.SerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower;
            json.SerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower));
        });
        builder.Services.AddOpenApi();
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSingleton(services => new StorePool(services.GetRequiredService<IConfiguration>()[DbKey] ?? "triangulate.db"));

        var app = builder.Build();
        app.UseMiddleware<SecurityHeaders>();
        app.UseMiddleware<TokenGate>();
        app.UseMiddleware<StoreProblems>();
        app.MapOpenApi();
        ApiEndpoints.Map(app);
        PageEndpoints.Map(app);
        Assets.Map(app);
        return app;
    }
}
