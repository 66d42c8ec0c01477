using Posyandu.SharedKernel.Logging;

namespace Posyandu.Host.Hosting;

internal static class LoggingSetup
{
    /// <summary>
    /// Structured logs: JSON lines outside Development (for a log shipper), readable console lines in it. Either
    /// way every provider is wrapped so NIK/KK-like numbers never reach the output.
    /// </summary>
    public static WebApplicationBuilder AddPosyanduLogging(this WebApplicationBuilder builder)
    {
        if (!builder.Environment.IsDevelopment())
        {
            builder.Logging.ClearProviders();
            builder.Logging.AddJsonConsole(o => o.IncludeScopes = true);
        }

        builder.Logging.RedactPersonalData();
        return builder;
    }
}
