// The namespaces most of this module's files use, once: a feature file starts with what is particular to it.
global using FluentValidation;
global using MediatR;
global using Microsoft.AspNetCore.Builder;
global using Microsoft.AspNetCore.Http;
global using Microsoft.AspNetCore.Routing;
global using Microsoft.EntityFrameworkCore;
global using Microsoft.EntityFrameworkCore.Metadata.Builders;
global using Posyandu.Trantibumlinmas.Contracts;
global using Posyandu.Trantibumlinmas.Domain;
global using Posyandu.Trantibumlinmas.Persistence;
global using Posyandu.SharedKernel.Errors;
global using Posyandu.SharedKernel.Mediation;
global using Posyandu.SharedKernel.Persistence;
global using Posyandu.SharedKernel.Security;
global using Posyandu.SharedKernel.Time;
