using FluentValidation;
using MediatR;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Posyandu.SharedKernel.Mediation;
using Posyandu.SharedKernel.Messaging;
using Posyandu.SharedKernel.Operations;
using Posyandu.SharedKernel.Time;

namespace Posyandu.SharedKernel.Modules;

public static class ModuleServiceCollectionExtensions
{
    /// <summary>
    /// Registers the shared machinery (MediatR 5 with its behaviours, outbox, subscriptions) and every module in
    /// <paramref name="catalog"/>: its own services, and — by Scrutor scanning of its assembly — its MediatR
    /// handlers and behaviours, FluentValidation validators, integration-event handlers and start-up tasks.
    /// </summary>
    public static IServiceCollection AddModules(this IServiceCollection services, IConfiguration configuration, ModuleCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        services.AddSingleton(catalog);
        services.AddLocalClock(configuration);

        // MediatR 5.1.0 has no DI package: it resolves everything through ServiceFactory.
        services.AddScoped<ServiceFactory>(sp => sp.GetService!);
        services.AddScoped<IMediator, Mediator>();
        // Explicit, in order: the first registered is the outermost (validate, then commit once).
        services.AddTransient(typeof(IPipelineBehavior<,>), typeof(ValidationBehavior<,>));
        services.AddTransient(typeof(IPipelineBehavior<,>), typeof(UnitOfWorkBehavior<,>));

        services.AddOptions<OutboxOptions>().Bind(configuration.GetSection(OutboxOptions.Section));
        services.AddSingleton<OutboxTrigger>();
        services.AddSingleton<OutboxCommitInterceptor>();
        services.AddSingleton<SubscriptionRegistry>();
        services.AddMetrics();
        services.AddSingleton<OutboxMonitor>();
        services.AddSingleton<OutboxTelemetry>();
        services.AddSingleton<InboxReconciler>();
        services.AddSingleton<OutboxDispatcher>();
        services.AddSingleton<IOutboxDeadLetters, HangfireOutboxDeadLetters>();
        services.AddTransient<OutboxDispatchJob>();
        services.AddSingleton<ReadModelRebuilder>();
        services.AddSingleton<ReadModelRebuildGate>();
        services.AddDistributedLocks(configuration);

        foreach (var module in catalog.Modules)
        {
            // publicOnly: false — a feature's handler and validator are internal to its module. Validators are
            // singletons: building one compiles its rules' expressions, which per request was a measurable share of a
            // write; they are stateless and depend on singletons only (TimeProvider).
            services.Scan(scan => scan.FromAssemblies(module.Assembly)
                .AddClasses(c => c.AssignableTo(typeof(IRequestHandler<,>)).Where(module.Owns), publicOnly: false)
                    .AsImplementedInterfaces().WithTransientLifetime()
                .AddClasses(c => c.AssignableTo(typeof(INotificationHandler<>)).Where(module.Owns), publicOnly: false)
                    .AsImplementedInterfaces().WithTransientLifetime()
                .AddClasses(c => c.AssignableTo(typeof(IPipelineBehavior<,>)).Where(module.Owns), publicOnly: false)
                    .As(typeof(IPipelineBehavior<,>)).WithTransientLifetime()
                .AddClasses(c => c.AssignableTo(typeof(IValidator<>)).Where(module.Owns), publicOnly: false)
                    .AsImplementedInterfaces().WithSingletonLifetime()
                .AddClasses(c => c.AssignableTo(typeof(IIntegrationEventHandler<>)).Where(module.Owns), publicOnly: false)
                    .AsSelf().WithScopedLifetime()
                .AddClasses(c => c.AssignableTo<IModuleStartupTask>().Where(module.Owns), publicOnly: false)
                    .As<IModuleStartupTask>().WithScopedLifetime());
            module.AddServices(services, configuration);
        }

        return services;
    }
}
