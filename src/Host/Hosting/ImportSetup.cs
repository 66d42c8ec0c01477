using Posyandu.SharedKernel.Imports;

namespace Posyandu.Host.Hosting;

/// <summary>
/// Bulk import (issue 23): the shared mechanism of <c>SharedKernel/Imports</c> — its jobs and meters, the endpoints
/// under <c>/api/imports</c> — and the import page <c>/impor/</c> (a static page in wwwroot). The modules declare
/// their import types themselves (<c>services.AddImportType&lt;T&gt;()</c>).
/// </summary>
internal static class ImportSetup
{
    public static IServiceCollection AddPosyanduImports(this IServiceCollection services, IConfiguration configuration) =>
        services.AddImports(configuration);

    public static WebApplication UsePosyanduImports(this WebApplication app)
    {
        app.MapImportEndpoints();
        return app;
    }
}
