using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Posyandu.SharedKernel.Persistence;
using Posyandu.SharedKernel.Platform;
using Posyandu.SharedKernel.Security;

namespace Posyandu.SharedKernel.Web;

public static class PlatformServiceCollectionExtensions
{
    /// <summary>
    /// The web conventions every module's API shares: ProblemDetails for every error, JSON shape (camelCase, enums as
    /// camelCase strings, DateOnly as yyyy-MM-dd), the current user and data scope, and the platform database
    /// (idempotency records).
    /// </summary>
    public static IServiceCollection AddPlatformWeb(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddProblemDetails(options => options.CustomizeProblemDetails = context =>
            context.ProblemDetails.Extensions.TryAdd("traceId", context.HttpContext.TraceIdentifier));
        services.AddExceptionHandler<ProblemDetailsExceptionHandler>();
        // Malformed bodies throw (instead of a bare 400) so the exception handler can name the field.
        services.Configure<Microsoft.AspNetCore.Routing.RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.ConfigureHttpJsonOptions(o => ConfigureJson(o.SerializerOptions));

        services.AddHttpContextAccessor();
        services.AddScoped<ICurrentUser, HttpCurrentUser>();
        services.AddScoped<Reports.SmallCellPolicy>();
        services.AddScoped<IdempotencyMarker>();
        services.AddOptions<IdempotencyOptions>().BindConfiguration(IdempotencyOptions.Section);
        // Idempotent response bodies are stored encrypted (IdempotencyStore). One application name, so instances
        // that share a key ring (several hosts behind a load balancer) read each other's records.
        services.AddDataProtection().SetApplicationName("Posyandu");
        services.AddScoped<IdempotencyStore>();
        services.AddTransient<IdempotencyCleanupJob>();
        services.AddModuleDbContext<PlatformDbContext, PlatformSqliteDbContext, PlatformSqlServerDbContext>(configuration, PlatformDbContext.Name);
        return services;
    }

    public static void ConfigureJson(JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        // Names only: "programme": 99 would bind an undefined member (issue 22), and 1 means nothing to a reader.
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false));
    }
}
