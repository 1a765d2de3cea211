/**
 * Apps the end-to-end tests launch besides {@code dev.jtauri.e2e.E2eApplication}, kept out of
 * its package so that its component scan does not find them.
 */
package dev.jtauri.testapps;
