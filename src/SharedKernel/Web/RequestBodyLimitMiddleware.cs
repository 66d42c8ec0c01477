using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Configuration;

namespace Posyandu.SharedKernel.Web;

/// <summary>
/// A request body limit per endpoint class instead of Kestrel's 30 MB for everything: a JSON command or query
/// carries at most <c>Api:MaxJsonBodyBytes</c> (2 MB: the z-score calculator's 10,000 measurements fit); an endpoint
/// that takes a document declares its own limit (<see cref="IRequestSizeLimitMetadata"/>, the attachment limit).
/// A declared length above the limit is refused at once with 413; a streamed body is cut off by the server there.
/// </summary>
public sealed class RequestBodyLimitMiddleware(RequestDelegate next, IConfiguration configuration)
{
    public const long DefaultMaxJsonBodyBytes = 2 * 1024 * 1024;

    private readonly long _maxJson = configuration.GetValue("Api:MaxJsonBodyBytes", DefaultMaxJsonBodyBytes);

    public Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase))
        {
            return next(context);
        }

        var limit = context.GetEndpoint()?.Metadata.GetMetadata<IRequestSizeLimitMetadata>()?.MaxRequestBodySize ?? _maxJson;
        if (context.Request.ContentLength > limit)
        {
            context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            var problem = new ProblemDetails
            {
                Status = 413, Title = "Request body too large.", Detail = $"This endpoint accepts at most {limit} bytes.",
            };
            return context.RequestServices.GetService(typeof(IProblemDetailsService)) is IProblemDetailsService service
                ? service.WriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = problem }).AsTask()
                : context.Response.WriteAsJsonAsync(problem);
        }

        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } feature)
        {
            feature.MaxRequestBodySize = limit;
        }

        return next(context);
    }
}
