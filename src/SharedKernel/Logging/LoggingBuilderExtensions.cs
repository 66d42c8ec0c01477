using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Posyandu.SharedKernel.Logging;

public static class LoggingBuilderExtensions
{
    /// <summary>
    /// Replaces the logger factory with one that wraps every logger provider — including ones registered later,
    /// such as a test's — in a <see cref="RedactingLoggerProvider"/>.
    /// </summary>
    public static ILoggingBuilder RedactPersonalData(this ILoggingBuilder logging)
    {
        ArgumentNullException.ThrowIfNull(logging);
        logging.Services.Replace(ServiceDescriptor.Singleton<ILoggerFactory, RedactingLoggerFactory>());
        return logging;
    }

    private sealed class RedactingLoggerFactory(
        IEnumerable<ILoggerProvider> providers,
        IOptionsMonitor<LoggerFilterOptions> filterOptions,
        IOptions<LoggerFactoryOptions>? options = null,
        IExternalScopeProvider? scopeProvider = null)
        : LoggerFactory(providers.Select(p => new RedactingLoggerProvider(p)), filterOptions, options, scopeProvider);
}
