using Posyandu.SharedKernel.Messaging;

namespace Posyandu.Host.Hosting;

/// <summary>One-off operator commands run instead of the web host.</summary>
internal static class Maintenance
{
    public static async Task<int> RebuildReadModelsAsync(IServiceProvider services, string module)
    {
        var (delivered, failures) = await services.GetRequiredService<ReadModelRebuilder>().RebuildAsync(module, CancellationToken.None);
        Console.WriteLine($"Rebuilt the read models of '{module}' from {delivered} stored events; {failures.Count} deliveries failed.");
        foreach (var failure in failures)
        {
            Console.WriteLine($"  {failure}");
        }

        return failures.Count == 0 ? 0 : 1;
    }
}
