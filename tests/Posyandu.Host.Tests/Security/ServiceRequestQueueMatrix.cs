using Posyandu.Testing.Matrix;
using static Posyandu.Testing.Matrix.EndpointSample;

namespace Posyandu.Host.Tests.Security;

/// <summary>
/// The village's worklist across the sectors' service requests (<c>/api/service-requests</c>, SharedKernel) in the
/// authorisation matrix: a desa user of the seeded village sees the housing request waiting for it, one of the
/// neighbouring village sees none, the sectors' OPDs and kader are refused.
/// </summary>
public sealed class ServiceRequestQueueMatrix() : AuthorizationMatrix("service-requests")
{
    protected override IEnumerable<EndpointSample> Samples =>
    [
        Get("/api/service-requests/waiting-for-village", _ => "/api/service-requests/waiting-for-village", OutsideScope.EmptyList),
    ];

    protected override async Task SeedAsync() =>
        World.Ids["housing-request"] = await IdAsync("/api/housing/service-requests", new
        {
            type = "rtlh-verification", householdId = World["household"], posyanduId = World["posyandu"], regionCode = MatrixWorld.Village,
            description = "Mohon pendataan rumah tidak layak huni",
        });
}
