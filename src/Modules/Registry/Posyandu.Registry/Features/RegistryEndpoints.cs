using Posyandu.Registry.Features.Households;
using Posyandu.Registry.Features.Kader;
using Posyandu.Registry.Features.PosyanduSites;
using Posyandu.Registry.Features.Regions;
using Posyandu.Registry.Features.Residents;

namespace Posyandu.Registry.Features;

/// <summary>The registry's API under <c>/api/registry</c>: each feature maps its own endpoint; this is the table of contents.</summary>
internal static class RegistryEndpoints
{
    public static void MapRegistryEndpoints(this IEndpointRouteBuilder group)
    {
        group.MapRegionEndpoints();

        var posyandu = group.MapGroup("/posyandu");
        posyandu.MapRegisterPosyandu();
        posyandu.MapUpdatePosyandu();
        posyandu.MapDeactivatePosyandu();
        posyandu.MapSetPengurus();
        posyandu.MapListPosyanduSummaries(); // before /{id}: a literal segment
        posyandu.MapGetPosyandu();
        posyandu.MapListPosyandu();

        var kader = group.MapGroup("/kader");
        kader.MapRegisterKader();
        kader.MapAddKaderTraining();
        kader.MapListKader();

        var households = group.MapGroup("/households");
        households.MapRegisterHousehold();
        households.MapGetHousehold();

        var residents = group.MapGroup("/residents");
        residents.MapRegisterResident();
        residents.MapCorrectResident();
        residents.MapMoveResident();
        residents.MapRecordDeath();
        residents.MapEraseResident();
        residents.MapGetResident();
        residents.MapLookupResident();
        residents.MapSearchResidents();
    }
}
