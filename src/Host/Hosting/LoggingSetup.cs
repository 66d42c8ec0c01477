using System.Security.Claims;
using Posyandu.SharedKernel.Logging;

namespace Posyandu.Host.Hosting;

internal static class LoggingSetup
{
    /// <summary>
    /// Structured logs: JSON lines outside Development (for a log shipper: UTC timestamps, scopes with the request id,
    /// trace id, user id and module), readable console lines in it. Either way every provider is wrapped so NIK/KK-like
    /// numbers never reach the output, in messages, values and scopes alike.
    /// </summary>
    public static WebApplicationBuilder AddPosyanduLogging(this WebApplicationBuilder builder)
    {
        if (!builder.Environment.IsDevelopment())
        {
            builder.Logging.ClearProviders();
            builder.Logging.AddJsonConsole(o =>
            {
                o.IncludeScopes = true;
                o.UseUtcTimestamp = true;
                o.TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffZ";
            });
        }

        builder.Logging.Configure(o => o.ActivityTrackingOptions = ActivityTrackingOptions.TraceId | ActivityTrackingOptions.SpanId);
        builder.Logging.RedactPersonalData();
        return builder;
    }

    /// <summary>
    /// First in the pipeline: every line logged while a request runs carries <c>UserId</c> (the token's subject — an
    /// id, never a name) and <c>Module</c> (from <c>/api/{module}/…</c>) beside ASP.NET Core's own <c>RequestId</c> and
    /// the trace id — the exception handler's line too, which is written after the inner middleware has unwound. The
    /// user is read when a line is written, so it is known once authentication has run.
    /// </summary>
    public static WebApplication UsePosyanduLogScopes(this WebApplication app)
    {
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Posyandu.Request");
        app.Use(async (context, next) =>
        {
            var scope = new RequestLogScope(context);
            try
            {
                using (logger.BeginScope(scope))
                {
                    await next(context);
                }
            }
            finally
            {
                scope.End(); // a task that outlives the request must not read a recycled HttpContext
            }
        });
        return app;
    }

    /// <summary>The request's user id and module, read when a line is written.</summary>
    private sealed class RequestLogScope(HttpContext context) : IReadOnlyList<KeyValuePair<string, object?>>
    {
        private readonly string? _module = ModuleOf(context.Request.Path);
        private volatile bool _ended;

        public void End() => _ended = true;

        private List<KeyValuePair<string, object?>> Values()
        {
            var values = new List<KeyValuePair<string, object?>>(2);
            if (!_ended && (context.User.FindFirstValue("sub") ?? context.User.FindFirstValue(ClaimTypes.NameIdentifier)) is { } userId)
            {
                values.Add(new("UserId", userId));
            }

            if (_module is not null)
            {
                values.Add(new("Module", _module));
            }

            return values;
        }

        public int Count => Values().Count;

        public KeyValuePair<string, object?> this[int index] => Values()[index];

        public IEnumerator<KeyValuePair<string, object?>> GetEnumerator() => Values().GetEnumerator();

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();

        public override string ToString() => string.Join(", ", Values().Select(v => $"{v.Key}:{v.Value}"));
    }

    /// <summary>The module of an API path: <c>/api/health/children/…</c> → <c>health</c>.</summary>
    internal static string? ModuleOf(PathString path)
    {
        if (!path.StartsWithSegments("/api", out var rest) || !rest.HasValue)
        {
            return null;
        }

        var segment = rest.Value!.TrimStart('/');
        var end = segment.IndexOf('/', StringComparison.Ordinal);
        var module = end < 0 ? segment : segment[..end];
        return module.Length is > 0 and <= 40 && module.All(c => char.IsAsciiLetterLower(c) || c == '-') ? module : null;
    }
}
