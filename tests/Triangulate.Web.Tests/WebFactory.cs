using System.Globalization;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Triangulate.Web.Tests;

/// <summary>The web app in memory over a store, optionally with a token and an upload limit.</summary>
internal sealed class WebFactory(string db, string? token = null, long? maxUploadBytes = null) : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting(WebServer.DbKey, db);
        if (token is not null)
            builder.UseSetting(WebServer.TokenKey, token);
        if (maxUploadBytes is { } limit)
            builder.UseSetting(WebServer.MaxUploadKey, limit.ToString(CultureInfo.InvariantCulture));
    }
}

/// <summary>One in-memory app over the shared fixture store for a test class.</summary>
public sealed class FixtureApp : IAsyncLifetime
{
    private WebFactory? _factory;

    public HttpClient Client { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        _factory = new WebFactory(await FixtureStore.PathAsync());
        Client = _factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        if (_factory is not null)
            await _factory.DisposeAsync();
    }
}
