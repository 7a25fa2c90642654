using System.Text.Json;
using System.Threading.Channels;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;
using Triangulate.Analysis;
using Triangulate.Ingest;
using Triangulate.Storage;

namespace Triangulate.Web.Api;

/// <summary>
/// POST /api/articles: a JSON-lines body, or files as multipart/form-data, read in memory within the upload limit
/// (an upload's names are labels, never paths), ingested and analysed through <see cref="AnalysedCorpus.AddAsync"/>
/// one upload at a time, with each stage's progress and then the outcome sent as server-sent events.
/// </summary>
internal static class Uploads
{
    private static readonly SemaphoreSlim OneWriter = new(1, 1);

    public static async Task HandleAsync(HttpContext context, StorePool pool, IConfiguration configuration, IOptions<JsonOptions> jsonOptions, TimeProvider clock)
    {
        var request = context.Request;
        var response = context.Response;
        if (!SameOrigin(request))
        {
            response.StatusCode = StatusCodes.Status403Forbidden;
            await response.WriteAsync("uploads are accepted from this server's own pages or from programs, not from other sites");
            return;
        }
        var limit = configuration.GetValue(WebServer.MaxUploadKey, ServeSettings.DefaultMaxUploadBytes);
        var inputs = await ReadInputsAsync(request, limit, context.RequestAborted);
        if (inputs is null)
        {
            response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            await response.WriteAsync($"an upload may hold at most {limit:N0} bytes");
            return;
        }
        if (inputs.Count == 0)
        {
            response.StatusCode = StatusCodes.Status400BadRequest;
            await response.WriteAsync("send JSON lines as the body, or files as multipart/form-data");
            return;
        }

        response.ContentType = "text/event-stream; charset=utf-8";
        response.Headers.CacheControl = "no-cache";
        await response.Body.FlushAsync(context.RequestAborted);
        var reader = new SourceReader(new ReaderOptions { MaxDocumentBytes = limit, MaxCollectionBytes = limit, MaxRecordBytes = limit });
        var items = inputs.SelectMany(input => reader.Read(input.Name, input.Content));
        var progress = Channel.CreateUnbounded<StageProgress>();
        var options = jsonOptions.Value.SerializerOptions;
        await OneWriter.WaitAsync(context.RequestAborted);
        // The run owns the writer's turn until it ends, even when the client goes away before it does.
        var run = Task.Run(async () =>
        {
            try
            {
                using var store = ArticleStores.Open(pool.Connection);
                return await new AnalysedCorpus(store).AddAsync(new Ingestor(new ReaderOptions(), clock).Ingest(items),
                    new SynchronousProgress<StageProgress>(p => progress.Writer.TryWrite(p)), CancellationToken.None);
            }
            finally
            {
                progress.Writer.Complete();
                OneWriter.Release();
            }
        });
        await foreach (var step in progress.Reader.ReadAllAsync(context.RequestAborted))
            await SendAsync(response, "progress", new { step.Stage, step.Done, step.Total }, options, context.RequestAborted);
        try
        {
            var done = await run;
            var added = done.Summary.ArticleIds.ToHashSet(StringComparer.Ordinal);
            await SendAsync(response, "done", new
            {
                done.Summary.Added,
                done.Summary.AlreadyStored,
                Problems = done.Summary.Problems.Select(p => new { p.Source, p.Reason }),
                Articles = done.Articles.Select(a => a.Id),
                Stories = done.Update?.Stories.Where(s => s.ArticleIds.Any(added.Contains)).Select(s => s.Id) ?? [],
            }, options, context.RequestAborted);
        }
        catch (Exception error) when (error is StoreUnavailableException or IOException or Microsoft.Data.Sqlite.SqliteException)
        {
            await SendAsync(response, "error", new { error.Message }, options, context.RequestAborted);
        }
    }

    /// <summary>
    /// A browser names the page that sent a request: refuse what another site's page sends (the server is on
    /// loopback, which any page can reach); programs send no Origin and pass.
    /// </summary>
    private static bool SameOrigin(HttpRequest request)
    {
        if (request.Headers["Sec-Fetch-Site"].ToString() is "cross-site" or "same-site")
            return false;
        var origin = request.Headers.Origin.ToString();
        return origin.Length == 0 || (Uri.TryCreate(origin, UriKind.Absolute, out var uri) && uri.Authority.Equals(request.Host.Value, StringComparison.OrdinalIgnoreCase));
    }

    private sealed record Input(string Name, byte[] Content);

    /// <summary>The uploaded inputs, or null when they hold more than <paramref name="limit"/> bytes.</summary>
    private static async Task<List<Input>?> ReadInputsAsync(HttpRequest request, long limit, CancellationToken cancellation)
    {
        if (request.ContentLength > limit)
            return null;
        // Only multipart bodies are files; any other body (curl --data-binary sends a form content type) is JSON lines or one document.
        if (request.ContentType?.StartsWith("multipart/form-data", StringComparison.OrdinalIgnoreCase) != true)
        {
            var body = await ReadAtMostAsync(request.Body, limit, cancellation);
            return body is null ? null : body.Length == 0 ? [] : [new Input("upload", body)];
        }
        var form = await request.ReadFormAsync(cancellation);
        var inputs = new List<Input>();
        long total = 0;
        foreach (var file in form.Files)
        {
            total += file.Length;
            if (total > limit)
                return null;
            await using var stream = file.OpenReadStream();
            if (await ReadAtMostAsync(stream, limit, cancellation) is not { } content)
                return null;
            if (content.Length > 0)
                inputs.Add(new Input("upload/" + Path.GetFileName(file.FileName.Replace('\\', '/')), content));
        }
        return inputs;
    }

    private static async Task<byte[]?> ReadAtMostAsync(Stream stream, long limit, CancellationToken cancellation)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellation)) > 0)
        {
            if (buffer.Length + read > limit)
                return null;
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }

    private static async Task SendAsync(HttpResponse response, string name, object data, JsonSerializerOptions options, CancellationToken cancellation)
    {
        await response.WriteAsync($"event: {name}\ndata: {JsonSerializer.Serialize(data, options)}\n\n", cancellation);
        await response.Body.FlushAsync(cancellation);
    }
}
