using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Posyandu.Registry.Features.Households;
using Posyandu.Registry.Features.Kader;
using Posyandu.Registry.Features.PosyanduSites;
using Posyandu.Registry.Features.Regions;
using Posyandu.Registry.Features.Residents;

namespace Posyandu.Registry.Features;

internal static class RegistryEndpoints
{
    public static void MapRegistryEndpoints(this IEndpointRouteBuilder group)
    {
        group.MapRegionEndpoints();

        var posyandu = group.MapGroup("/posyandu");
        posyandu.MapRegisterPosyandu();
        posyandu.MapUpdatePosyandu();
        posyandu.MapPosyanduManagement();
        posyandu.MapPosyanduQueries();

        group.MapKader();
        group.MapHouseholds();

        var residents = group.MapGroup("/residents");
        residents.MapRegisterResident();
        residents.MapResidentChanges();
        residents.MapCorrectResident();
        residents.MapResidentQueries();
    }
}
