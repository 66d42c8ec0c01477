using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Posyandu.SharedKernel.Time;

namespace Posyandu.SharedKernel.ServiceRequests;

public static class ServiceRequestRegistration
{
    /// <summary>
    /// Declares that <paramref name="module"/> accepts service requests of <paramref name="types"/>, acted on by
    /// <paramref name="sectorRole"/>. The module's DbContext must call <c>modelBuilder.AddServiceRequests()</c>
    /// and its <c>MapEndpoints</c> <c>group.MapServiceRequests(Name)</c>.
    /// </summary>
    public static IServiceCollection AddServiceRequests(
        this IServiceCollection services, IConfiguration configuration, string module, string sectorRole, params ServiceRequestType[] types)
    {
        services.AddSingleton(new ServiceRequestSector(module, sectorRole, types));
        if (services.All(d => d.ServiceType != typeof(SlaClock)))
        {
            services.AddOptions<ServiceRequestOptions>().Bind(configuration.GetSection(ServiceRequestOptions.Section));
            services.AddSingleton<SlaClock>();
            services.AddSingleton<AttachmentStore>();
            services.AddScoped<ServiceRequestDesk>();
            services.AddTransient<ServiceRequestSlaJob>();
        }

        services.AddLocalClock(configuration);
        return services;
    }
}
