using Posyandu.Host.Synthetic;
using Posyandu.SharedKernel.Modules;
using Posyandu.SharedKernel.Platform;
using Posyandu.SharedKernel.Security;
using Posyandu.SharedKernel.Web;

namespace Posyandu.Host.Hosting;

/// <summary>How the host is put together; each concern has a file of its own beside this one.</summary>
public static class HostSetup
{
    public static WebApplicationBuilder AddPosyanduHost(this WebApplicationBuilder builder, ModuleCatalog modules)
    {
        builder.AddPosyanduPrivacy(); // first: its start-up checks refuse a bad configuration before anything opens
        builder.AddPosyanduLogging();
        builder.Services.AddPlatformWeb(builder.Configuration);
        builder.Services.AddModules(builder.Configuration, modules);
        builder.Services.AddPosyanduAuth();
        builder.Services.AddPosyanduJobs(builder.Configuration);
        builder.Services.AddPosyanduOpenApi(modules);
        builder.Services.AddPosyanduHealthChecks();
        builder.AddPosyanduTelemetry();
        builder.Services.AddPosyanduBackup(builder.Configuration);
        builder.Services.AddPosyanduImports(builder.Configuration);
        // The host's own start-up task, after the modules' (it writes through all of them); does nothing unless Demo:Seed.
        builder.Services.AddScoped<IModuleStartupTask, DemoDataSeeding>();
        return builder;
    }

    public static WebApplication UsePosyanduHost(this WebApplication app, ModuleCatalog modules)
    {
        app.UsePosyanduLogScopes();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseDefaultFiles();
        app.UseStaticFiles();
        app.UsePosyanduOpenApi();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UsePosyanduPrivacy();
        app.UseMiddleware<RequestBodyLimitMiddleware>();
        app.UseMiddleware<EnumParameterMiddleware>();
        app.UseMiddleware<IdempotencyMiddleware>();
        app.UsePosyanduJobsDashboard();
        app.MapPosyanduHealthChecks();
        app.MapPlatformEndpoints();
        app.UsePosyanduTelemetry();
        app.UsePosyanduBackup();
        app.UsePosyanduImports();
        app.MapModules(modules);
        return app;
    }

    /// <summary>Each module's endpoints under <c>/api/{module}</c>, tagged with the module's title.</summary>
    private static void MapModules(this WebApplication app, ModuleCatalog modules)
    {
        foreach (var module in modules.Modules)
        {
            var group = app.MapGroup($"/api/{module.Name}").WithTags(module.Title);
            group.ProducesProblem(StatusCodes.Status401Unauthorized)
                .ProducesProblem(StatusCodes.Status403Forbidden);
            module.MapEndpoints(group);
        }
    }
}
