using System.CommandLine;
using System.Net;
using Spectre.Console;
using Triangulate.Cli.Terminal;
using Triangulate.Ingest;
using Microsoft.Extensions.Hosting;
using Triangulate.Web;

namespace Triangulate.Cli.Commands;

/// <summary><c>serve</c>: the web app and JSON API over a store, on this machine only unless told otherwise.</summary>
internal static class ServeCommand
{
    public static Command Create()
    {
        var port = new Option<int>("--port") { Description = "The TCP port to listen on (0 picks a free one).", DefaultValueFactory = _ => 5080 };
        var host = new Option<string>("--host")
        {
            Description = "The address to listen on. 127.0.0.1 (the default) is reachable from this machine only; any other address needs --token.",
            DefaultValueFactory = _ => "127.0.0.1",
        };
        var token = new Option<string?>("--token")
        {
            Description = "A secret every request must carry (Authorization: Bearer, or open the app once with ?token=); also read from TRIANGULATE_TOKEN.",
        };
        var upload = new Option<int>("--max-upload-mb") { Description = "The largest upload POST /api/articles accepts, in MB.", DefaultValueFactory = _ => 32 };
        var command = new Command("serve",
            "Serve the web app (stories, copies side by side, articles, actors) and the JSON API (/api/..., OpenAPI at /openapi/v1.json) over the store, until Ctrl+C.");
        foreach (var option in new Option[] { port, host, token, upload })
            command.Options.Add(option);
        command.SetAction(async (parse, cancellation) =>
        {
            if (!IPAddress.TryParse(parse.GetValue(host), out var address))
            {
                Consoles.Error.MarkupLine($"[red]--host {Markup.Escape(parse.GetValue(host)!)}[/] is not an IP address (127.0.0.1, ::1, 0.0.0.0 ...).");
                return ExitCodes.Usage;
            }
            var settings = new ServeSettings(StoreAccess.PathOf(parse), address, parse.GetValue(port),
                parse.GetValue(token) ?? Environment.GetEnvironmentVariable("TRIANGULATE_TOKEN"), parse.GetValue(upload) * ReaderOptions.MiB);
            if (settings.Problem is { } problem)
            {
                Consoles.Error.MarkupLine($"[red]Cannot serve[/]: {Markup.Escape(problem)}.");
                return ExitCodes.Usage;
            }
            if (File.Exists(settings.Db))
                StoreAccess.OpenAnalysed(parse).Dispose();
            await using var app = WebServer.Create(settings);
            await app.StartAsync(cancellation);
            foreach (var url in app.Urls)
                Consoles.Out.MarkupLine($"Serving [bold]{Markup.Escape(settings.Db)}[/] at [link]{Markup.Escape(url)}/[/]{(settings.Token is null ? "" : " (open it once with ?token=YOUR_TOKEN)")}; Ctrl+C stops.");
            await app.WaitForShutdownAsync(cancellation);
            return ExitCodes.Success;
        });
        return command;
    }
}
