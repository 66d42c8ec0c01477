using Posyandu.Testing;

namespace Posyandu.Host.Tests.Security;

/// <summary>Seeds, through the API as admin, one record of each kind inside <see cref="MatrixWorld.Village"/>.</summary>
internal static class MatrixSeed
{
    public static Task SeedAsync(TestHost host, MatrixWorld world)
    {
        // Regions are seeded at start-up; module records are added here as modules gain endpoints.
        _ = host;
        _ = world;
        return Task.CompletedTask;
    }
}
