namespace Posyandu.SharedKernel.Domain;
